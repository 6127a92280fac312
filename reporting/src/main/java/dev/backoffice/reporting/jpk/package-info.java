/**
 * The settings of a JPK_KR export (Jednolity Plik Kontrolny — księgi rachunkowe): subject, address, tax office, schema version and account markers.
 */
@NullMarked
package dev.backoffice.reporting.jpk;

import org.jspecify.annotations.NullMarked;
