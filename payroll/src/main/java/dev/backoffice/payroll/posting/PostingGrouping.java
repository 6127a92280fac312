package dev.backoffice.payroll.posting;

/** How a payroll register is split into journal entries. */
public enum PostingGrouping {
  /** One entry per employee, every line tagged with the employee and the department. */
  PER_EMPLOYEE,
  /** One entry per department with the department's totals, lines tagged with the department. */
  PER_DEPARTMENT
}
