package cn.budgetperf.publication.report.adapter.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** Public pages carry an ETag; a reader's browser revalidates instead of downloading again. */
@Configuration
class PageCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicPagesEtag() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/public/*");
        return registration;
    }
}
