/**
 * The document IR: an immutable, backend-neutral tree that the DOCX, PDF and XLSX renderers turn into files.
 * Composers (feature {@code report} packages, {@code documents.official}) build it from domain records; nothing here
 * knows about POI, OpenPDF, JavaFX or the workspace. Measures are millimetres (page, indents, widths) and points
 * (font sizes, spacing).
 */
package id.tata.documents.model;
