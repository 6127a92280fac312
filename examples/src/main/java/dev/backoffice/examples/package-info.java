/**
 * Runnable examples of Backoffice: the demo of a small Polish company's month
 * ({@link dev.backoffice.examples.demo.SmallCompanyMonth}) and the {@code backoffice} command-line tool
 * ({@link dev.backoffice.examples.cli.BackofficeCli}). Unlike the library modules, examples may print: they
 * are programs, not libraries.
 */
@NullMarked
package dev.backoffice.examples;

import org.jspecify.annotations.NullMarked;
