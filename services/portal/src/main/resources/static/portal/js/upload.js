/*
 * The workbook upload with a progress bar: the form is sent by XMLHttpRequest so that its upload
 * progress can drive the <progress> element. Without script the same form posts normally and the
 * server answers the same pages. A file over the limit is refused here, before any byte is sent.
 */
(function () {
  'use strict';

  function shown(bytes) {
    if (bytes >= 1024 * 1024) {
      return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
    }
    return Math.max(1, Math.ceil(bytes / 1024)) + ' KB';
  }

  function say(status, text, problem) {
    status.textContent = text;
    status.className = problem ? 'problem-text' : '';
  }

  function showPage(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var main = page.querySelector('main');
    if (!main) {
      return false;
    }
    document.querySelector('main').replaceWith(document.adoptNode(main));
    bind();
    var problems = document.getElementById('upload-problems');
    if (problems) {
      problems.focus();
    }
    return true;
  }

  function detailOf(xhr) {
    try {
      return JSON.parse(xhr.responseText).detail;
    } catch (e) {
      return null;
    }
  }

  function bind() {
    var form = document.getElementById('upload');
    if (!form || !window.FormData || !window.XMLHttpRequest || !window.DOMParser) {
      return;
    }
    var progress = document.getElementById('upload-progress');
    var status = document.getElementById('upload-status');
    var max = Number(form.getAttribute('data-max-bytes'));
    form.addEventListener('submit', function (event) {
      var file = form.elements.file.files[0];
      if (!file) {
        return;
      }
      event.preventDefault();
      if (max > 0 && file.size > max) {
        say(status, '文件大小为 ' + shown(file.size) + '，超过 ' + form.getAttribute('data-max-shown')
          + ' 的上限，未上传，草稿未改变。请检查是否选错了文件。', true);
        return;
      }
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.setRequestHeader('Accept', 'text/html');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          progress.value = Math.round(e.loaded * 100 / e.total);
          progress.textContent = progress.value + '%';
          say(status, '已上传 ' + progress.value + '%', false);
        }
      });
      xhr.addEventListener('load', function () {
        var html = (xhr.getResponseHeader('Content-Type') || '').indexOf('text/html') === 0;
        if (xhr.status >= 200 && xhr.status < 300 && html) {
          say(status, '上传完成，正在打开校验结果…', false);
          window.location.assign(xhr.responseURL || form.action);
          return;
        }
        progress.hidden = true;
        if (html && showPage(xhr.responseText)) {
          return;
        }
        say(status, (detailOf(xhr) || '上传未被接受（状态 ' + xhr.status + '）。') + '草稿未改变。', true);
      });
      xhr.addEventListener('error', function () {
        progress.hidden = true;
        say(status, '上传中断，请检查网络后重试；草稿未改变。', true);
      });
      progress.value = 0;
      progress.hidden = false;
      say(status, '正在上传…', false);
      xhr.send(new FormData(form));
    });
  }

  bind();
}());
