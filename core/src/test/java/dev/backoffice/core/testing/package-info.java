/**
 * Test support shared through core's test-jar: jqwik arbitraries of core values ({@link
 * dev.backoffice.core.testing.CoreArbitraries}) and the architecture rules of every library module ({@link
 * dev.backoffice.core.testing.BackofficeArchRules}) and the finder of the shared reference data ({@link
 * dev.backoffice.core.testing.SharedData}).
 */
@NullMarked
package dev.backoffice.core.testing;

import org.jspecify.annotations.NullMarked;
