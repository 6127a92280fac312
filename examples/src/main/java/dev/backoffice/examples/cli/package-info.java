/**
 * The {@code backoffice} command-line tool (docs/CLI.md): {@code balance}, {@code trial-balance},
 * {@code jpk-kr}, {@code payroll} and {@code demo}, built with picocli into one runnable jar. Exit codes: 0
 * success, 1 a domain error (bad file content, unbalanced journal, unknown year…), 2 bad usage; the error is
 * one line on standard error, with a stack trace only under {@code --verbose}.
 */
@NullMarked
package dev.backoffice.examples.cli;

import org.jspecify.annotations.NullMarked;
