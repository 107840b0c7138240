/**
 * RACI matrices (matriks pembagian tugas): tasks × parties, each cell a combination of letters such as "A/C",
 * validated against the textbook rules as warnings, built from the regulations' templates, imported and exported as
 * spreadsheets, and printed as decree annexes.
 */
package id.tata.raci;
