package cn.budgetperf.indicator.framework;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/indicators")
class FrameworkController {

    record Item(String id, int level, String name, BigDecimal maxPoints, String criteria) {
    }

    record Framework(String id, String name, int version, String source, BigDecimal maxTotal, List<Item> items) {
    }

    private final FrameworkRepository frameworks;
    private final FrameworkItemRepository items;

    FrameworkController(FrameworkRepository frameworks, FrameworkItemRepository items) {
        this.frameworks = frameworks;
        this.items = items;
    }

    @GetMapping("/frameworks")
    @Transactional(readOnly = true)
    List<Framework> frameworks() {
        return java.util.stream.StreamSupport.stream(frameworks.findAll().spliterator(), false)
                .map(f -> {
                    List<Item> its = items.findByFrameworkIdOrderByPosition(f.id()).stream()
                            .map(i -> new Item(i.id(), i.level(), i.name(), i.maxPoints(), i.criteria())).toList();
                    BigDecimal max = its.stream().filter(i -> i.level() == 1).map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new Framework(f.id(), f.name(), f.version(), f.source(), max, its);
                })
                .toList();
    }
}
