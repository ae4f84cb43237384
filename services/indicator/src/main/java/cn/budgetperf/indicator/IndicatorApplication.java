package cn.budgetperf.indicator;

import cn.budgetperf.kit.micronaut.EnableRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The indicator service: performance goals, indicator trees and evaluation frameworks. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableRepositories
public class IndicatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndicatorApplication.class, args);
    }
}
