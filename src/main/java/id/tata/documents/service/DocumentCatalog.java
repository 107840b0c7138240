package id.tata.documents.service;

import id.tata.common.error.ErrorKind;
import id.tata.common.error.TataException;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The document types a running Tata offers, in menu order. */
public record DocumentCatalog(List<DocumentType> types) {
    public DocumentCatalog {
        types = List.copyOf(types);
        if (types.stream().map(DocumentType::shortName).distinct().count() != types.size()) {
            throw new IllegalArgumentException("document type short names must be unique");
        }
    }

    public Optional<DocumentType> find(String shortName) {
        return types.stream().filter(t -> t.shortName().equals(shortName)).findFirst();
    }

    /** The type, or a message listing the names that exist. */
    public DocumentType require(String shortName) {
        return find(shortName).orElseThrow(() -> new TataException(ErrorKind.BAD_INPUT, "document.error.unknownType",
                shortName, types.stream().map(DocumentType::shortName).collect(Collectors.joining(", "))));
    }
}
