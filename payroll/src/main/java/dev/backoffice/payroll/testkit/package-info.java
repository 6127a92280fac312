/**
 * The tax-rule test kit: tables of cases (CSV: inputs and expected payslip amounts) run as JUnit 5 dynamic
 * tests with one line of code, and jqwik arbitraries of employee terms and month inputs. The only payroll
 * package that uses JUnit or jqwik (both optional dependencies: add them to your test classpath).
 */
@NullMarked
package dev.backoffice.payroll.testkit;

import org.jspecify.annotations.NullMarked;
