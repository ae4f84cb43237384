package cn.budgetperf.indicator.framework.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the frameworks shipped in {@code classpath:frameworks/*.json} at start-up. A shipped framework
 * is stored once, under its id; changing one means shipping a new version with a new id, so what was
 * scored on the old one stays explainable.
 */
@Component
class FrameworkCatalogue implements ApplicationRunner {

    static final String LOCATION = "classpath*:frameworks/*.json";
    private static final Logger LOG = LoggerFactory.getLogger(FrameworkCatalogue.class);

    private final Frameworks frameworks;
    private final JsonMapper json;

    FrameworkCatalogue(Frameworks frameworks, JsonMapper json) {
        this.frameworks = frameworks;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
            FrameworkDocument doc = read(json, resource);
            try {
                if (frameworks.ship(doc)) {
                    LOG.info("Shipped framework {} ({}) stored", doc.id(), doc.name());
                }
            } catch (DataIntegrityViolationException raced) {
                LOG.info("Shipped framework {} was stored by another instance", doc.id());
            }
        }
    }

    static FrameworkDocument read(JsonMapper json, Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, FrameworkDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read framework " + resource, e);
        }
    }
}
