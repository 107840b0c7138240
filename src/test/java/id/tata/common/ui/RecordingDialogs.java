package id.tata.common.ui;

import id.tata.common.error.TataException;
import id.tata.common.l10n.I18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs for tests of pages: the files the "user" picks are set beforehand, confirmations are answered yes and
 * counted, and every message shown is kept (errors in Indonesian, as the user reads them).
 */
public final class RecordingDialogs implements DialogService {
    public Path open;
    public Path save;
    public int confirmations;
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();

    @Override
    public void showError(TataException error) {
        errors.add(error.message(I18n.indonesian()));
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations++;
        return true;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, List<String> extensions) {
        return Optional.ofNullable(open);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, List<String> extensions) {
        return Optional.ofNullable(save);
    }
}
