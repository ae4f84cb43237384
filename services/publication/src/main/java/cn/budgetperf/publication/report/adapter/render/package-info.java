/**
 * Rendering a published version for readers: the HTML page (Thymeleaf), the PDF of the same page with a
 * CJK font embedded (openhtmltopdf), and the spreadsheet of its tables (Apache POI); rendered versions
 * are kept in a small cache, since a published version never changes.
 */
package cn.budgetperf.publication.report.adapter.render;
