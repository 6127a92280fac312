/**
 * Statutory late-payment interest in commercial transactions (odsetki ustawowe za opóźnienie w transakcjach
 * handlowych, ustawa z 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych): the
 * dated rates the minister announces each half-year and a calculator giving the interest on an overdue amount as a
 * note (nota odsetkowa).
 */
@NullMarked
package dev.backoffice.ledger.interest;

import org.jspecify.annotations.NullMarked;
