/**
 * Modifiers that pick a part of a group out of the whole: "7,520 first-year students" is not the university's
 * enrolment, "two foreign tourists were killed" not the death toll. The count is keyed to the part.
 */
export const SUBSET_MODIFIER = /^(first-year|second-year|third-year|final-year|freshman|international|foreign|overseas|domestic|undergraduate|postgraduate|graduate|doctoral|part-time|full-time|permanent|female|male|elderly|seasonal|unionized|unionised|rapid|ultra-rapid|ultra-fast|fast|high-speed|superfast)$/;

