package dev.mentorlens.delivery;

import java.util.List;
import java.util.Map;

/**
 * Who hears of the runs of one job definition.
 *
 * @param job the definition's name
 * @param recipients addresses per programme id; {@code ALL} receives the organisation workbook
 * @param alerts addresses told when a run fails
 */
public record DeliveryPlan(String job, Map<String, List<String>> recipients, List<String> alerts) {

    /** The key of the organisation's recipients. */
    public static final String ORGANISATION = "ALL";
}
