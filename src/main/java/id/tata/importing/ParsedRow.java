package id.tata.importing;

/** A row that parsed without problems, with the spreadsheet row number it came from. */
public record ParsedRow<T>(int rowNumber, T value) {
}
