package cn.budgetperf.budget;

import cn.budgetperf.kit.micronaut.EnableRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The budget service: departments' submissions, their checks and the bureau's review. */
@SpringBootApplication
@EnableRepositories
public class BudgetApplication {

    public static void main(String[] args) {
        SpringApplication.run(BudgetApplication.class, args);
    }
}
