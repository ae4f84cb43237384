package cn.budgetperf.publication;

import cn.budgetperf.kit.micronaut.EnableRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The publication service: the public disclosure pages and their read model. */
@SpringBootApplication
@EnableRepositories
public class PublicationApplication {

    public static void main(String[] args) {
        SpringApplication.run(PublicationApplication.class, args);
    }
}
