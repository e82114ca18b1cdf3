package ai.zimmer.billing;

/**
 * Payment totals for the staff dashboard: all time and since a moment.
 */
public record PaymentStatistics(long succeededPayments, long revenue, long succeededPaymentsSince, long revenueSince) {
}
