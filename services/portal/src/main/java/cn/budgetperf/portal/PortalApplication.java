package cn.budgetperf.portal;

import cn.budgetperf.kit.micronaut.EnableRepositories;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The portal: the department and finance-bureau web UI behind the gateway's login. */
@SpringBootApplication
@EnableRepositories
public class PortalApplication {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
