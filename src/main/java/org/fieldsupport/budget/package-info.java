/**
 * Field budgets (ST/SGB/2010/2 §§2.1.d, 7.1–7.3): results-based budgeting frameworks, cost estimates by class of
 * expenditure (rule set BUDGET-2026-v1), budget proposals, allotments, ERP expenditure imports, availability,
 * redeployments, performance reports with variance analysis, liquidation, support visits and legislative
 * follow-up. Root package = the module's API; sub-packages are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget")
package org.fieldsupport.budget;
