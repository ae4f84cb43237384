package cn.budgetperf.kit.micronaut;

import io.micronaut.data.annotation.Repository;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.spring.boot.starter.MicronautBeanFilter;

/**
 * Exposes only Micronaut Data repositories to Spring. Exposing every Micronaut bean clashes with
 * Spring's own infrastructure (its {@code transactionInterceptor}, for one).
 */
public final class RepositoriesOnly implements MicronautBeanFilter {

    @Override
    public boolean includes(BeanDefinition<?> definition) {
        return definition.hasStereotype(Repository.class);
    }
}
