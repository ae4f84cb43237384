package cn.budgetperf.scoring.score.application;

import cn.budgetperf.scoring.score.adapter.persistence.SettingRepository;
import cn.budgetperf.scoring.score.adapter.persistence.SettingRow;
import cn.budgetperf.scoring.score.domain.ReverseFormula;
import cn.budgetperf.scoring.score.domain.ScoringSettings;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each jurisdiction's choice among the formula variants; a region without its own row uses the default ('*'). */
@Service
public class JurisdictionSettings {

    static final String DEFAULT = "*";

    private final SettingRepository settings;
    private final Clock clock = Clock.systemUTC();

    public JurisdictionSettings(SettingRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public ScoringSettings forRegion(String region) {
        return settings.findById(region).or(() -> settings.findById(DEFAULT)).map(JurisdictionSettings::of)
                .orElse(ScoringSettings.DEFAULT);
    }

    /** Stores a region's settings (checked by {@link ScoringSettings}); scores computed later use them. */
    @Transactional
    public ScoringSettings update(String region, ScoringSettings s, String by) {
        SettingRow row = new SettingRow(region, s.reverse().name(), s.achieved(), s.partial(), s.failed(), s.deviationThresholdPercent(),
                by, clock.instant());
        if (settings.existsById(region)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        return s;
    }

    private static ScoringSettings of(SettingRow r) {
        return new ScoringSettings(ReverseFormula.valueOf(r.reverseFormula()), r.qualitativeAchieved(), r.qualitativePartial(),
                r.qualitativeFailed(), r.deviationThresholdPercent());
    }
}
