/**
 * The demo: a month of a small Polish company run through every module of Backoffice, printing its reports.
 */
@NullMarked
package dev.backoffice.examples.demo;

import org.jspecify.annotations.NullMarked;
