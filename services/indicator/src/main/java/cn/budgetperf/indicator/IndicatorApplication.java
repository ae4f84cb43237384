package cn.budgetperf.indicator;

import cn.budgetperf.kit.micronaut.EnableRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The indicator service: performance goals, indicator trees and evaluation frameworks. */
@SpringBootApplication
@EnableRepositories
public class IndicatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndicatorApplication.class, args);
    }
}
