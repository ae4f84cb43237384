package cn.budgetperf.portal.admin;

/** One classification code as the admin page lists it. */
public record CodeLine(String code, String name) {

    /** 类, 款 or 项, by the code's length (3, 5, 7). */
    public String level() {
        return code.length() == 3 ? "类" : code.length() == 5 ? "款" : "项";
    }
}
