/**
 * The DOCX renderer of the document IR (Apache POI XWPF). The file is meant to be edited by the secretariat in Word:
 * real styles, real numbering definitions, tab stops and hanging indents instead of spaces, one Word section per IR
 * section. POI stays inside this package.
 */
package id.tata.documents.render.docx;
