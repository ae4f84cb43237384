package cn.budgetperf.publication.report.domain;

/** A publication step the department-year's state does not allow; the message says why, in Chinese. */
public class PublicationRefused extends RuntimeException {

    public PublicationRefused(String message) {
        super(message);
    }
}
