package cn.budgetperf.scoring;

import cn.budgetperf.kit.micronaut.EnableRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The scoring service: scores and grades computed from submitted figures and goals. */
@SpringBootApplication
@EnableRepositories
public class ScoringApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScoringApplication.class, args);
    }
}
