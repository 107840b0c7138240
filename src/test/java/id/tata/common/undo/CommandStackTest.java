package id.tata.common.undo;

import id.tata.common.l10n.I18n;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandStackTest {
    private final List<String> model = new ArrayList<>();
    private final CommandStack stack = new CommandStack();

    /** Appends a name to the model; undo removes it again. */
    private UndoableCommand add(String item) {
        return new UndoableCommand() {
            @Override
            public String name() {
                return "Tambah " + item;
            }

            @Override
            public void execute() {
                model.add(item);
            }

            @Override
            public void undo() {
                model.remove(model.size() - 1);
            }
        };
    }

    private static UndoableCommand failing(String name, boolean onExecute, boolean onUndo) {
        return new UndoableCommand() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void execute() {
                if (onExecute) {
                    throw new IllegalStateException("execute failed");
                }
            }

            @Override
            public void undo() {
                if (onUndo) {
                    throw new IllegalStateException("undo failed");
                }
            }
        };
    }

    @Test
    void undoAndRedoGoInReverseAndForwardOrder() {
        stack.execute(add("A"));
        stack.execute(add("B"));
        stack.execute(add("C"));
        assertEquals(List.of("A", "B", "C"), model);

        assertTrue(stack.undo());
        assertTrue(stack.undo());
        assertEquals(List.of("A"), model);
        assertEquals("Tambah B", stack.redoName().orElseThrow());
        assertEquals("Tambah A", stack.undoName().orElseThrow());

        assertTrue(stack.redo());
        assertEquals(List.of("A", "B"), model);
        assertEquals(2, stack.undoCount());
        assertEquals(1, stack.redoCount());
    }

    @Test
    void newEditDropsTheRedoHistory() {
        stack.execute(add("A"));
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(add("B"));
        assertFalse(stack.canRedo());
        assertFalse(stack.redo());
        assertEquals(List.of("B"), model);
    }

    @Test
    void nothingToUndoOrRedoIsHarmless() {
        assertFalse(stack.canUndo());
        assertFalse(stack.undo());
        assertFalse(stack.redo());
        assertTrue(stack.undoName().isEmpty());
    }

    @Test
    void menuLabelsNameTheAction() {
        assertEquals("Urungkan", stack.undoLabel(I18n.indonesian()));
        stack.execute(add("Perangkat Daerah"));
        assertEquals("Urungkan: Tambah Perangkat Daerah", stack.undoLabel(I18n.indonesian()));
        assertEquals("Undo: Tambah Perangkat Daerah", stack.undoLabel(I18n.english()));
        assertEquals("Ulangi", stack.redoLabel(I18n.indonesian()));
        stack.undo();
        assertEquals("Ulangi: Tambah Perangkat Daerah", stack.redoLabel(I18n.indonesian()));
    }

    @Test
    void oldestStepsAreForgottenBeyondTheLimit() {
        CommandStack small = new CommandStack(3);
        for (String item : List.of("A", "B", "C", "D", "E")) {
            small.execute(add(item));
        }
        assertEquals(3, small.undoCount());
        while (small.undo()) {
            // undo everything that is remembered
        }
        assertEquals(List.of("A", "B"), model, "only the last three steps can be undone");
        assertEquals(CommandStack.DEFAULT_LIMIT, new CommandStack().limit());
        assertThrows(IllegalArgumentException.class, () -> new CommandStack(0));
    }

    @Test
    void commandThatFailsToExecuteIsNotRecorded() {
        stack.execute(add("A"));
        stack.undo();
        assertThrows(IllegalStateException.class, () -> stack.execute(failing("Rusak", true, false)));
        assertEquals(0, stack.undoCount());
        assertTrue(stack.canRedo(), "a failed edit changed nothing, so the redo history still holds");
    }

    @Test
    void failingUndoLeavesTheCommandInPlace() {
        stack.execute(add("A"));
        UndoableCommand stubborn = failing("Ubah Nama", false, true);
        stack.execute(stubborn);

        assertThrows(IllegalStateException.class, stack::undo);

        assertEquals(2, stack.undoCount());
        assertEquals(0, stack.redoCount());
        assertEquals("Ubah Nama", stack.undoName().orElseThrow());
        stack.clear();
        assertFalse(stack.canUndo());
    }

    @Test
    void listenersHearEveryChange() {
        AtomicInteger changes = new AtomicInteger();
        Runnable listener = changes::incrementAndGet;
        stack.addListener(listener);
        stack.execute(add("A"));
        stack.undo();
        stack.redo();
        stack.clear();
        assertEquals(4, changes.get());
        assertThrows(IllegalStateException.class, () -> stack.execute(failing("x", true, false)));
        assertEquals(4, changes.get(), "a failed execute changes nothing");
        stack.removeListener(listener);
        stack.execute(add("B"));
        assertEquals(4, changes.get());
    }

    @Test
    void commandMayNotReenterTheStack() {
        UndoableCommand nested = new UndoableCommand() {
            @Override
            public String name() {
                return "Bersarang";
            }

            @Override
            public void execute() {
                stack.execute(add("inner"));
            }

            @Override
            public void undo() {
            }
        };
        assertThrows(IllegalStateException.class, () -> stack.execute(nested));
        assertEquals(0, stack.undoCount());
        assertTrue(model.isEmpty());
    }

    @Test
    void compoundCommandIsOneUndoStep() {
        CompoundCommand bulk = new CompoundCommand("Impor 3 Perangkat Daerah", List.of(add("A"), add("B"), add("C")));
        stack.execute(bulk);
        assertEquals(List.of("A", "B", "C"), model);
        assertEquals(1, stack.undoCount());
        stack.undo();
        assertTrue(model.isEmpty());
        stack.redo();
        assertEquals(List.of("A", "B", "C"), model);
    }

    @Test
    void emptyCompoundCommandCostsNoUndoStep() {
        stack.execute(new CompoundCommand("Ubah 0 baris", List.of()));
        assertFalse(stack.canUndo());
    }

    @Test
    void compoundCommandRevertsDonePartsWhenOnePartFails() {
        CompoundCommand bulk = new CompoundCommand("Impor", List.of(add("A"), add("B"), failing("C", true, false)));
        assertThrows(IllegalStateException.class, () -> stack.execute(bulk));
        assertTrue(model.isEmpty(), "A and B were taken back");
        assertFalse(stack.canUndo());
    }

    @Test
    void compoundCommandRedoesUndonePartsWhenAnUndoFails() {
        CompoundCommand bulk = new CompoundCommand("Ubah", List.of(failing("X", false, true), add("A"), add("B")));
        stack.execute(bulk);
        assertThrows(IllegalStateException.class, stack::undo);
        assertEquals(List.of("A", "B"), model, "B and A were undone, then redone to keep the edit whole");
        assertTrue(stack.canUndo());
    }

    @Test
    void aValueCommandWritesTheNewValueAndUndoWritesTheOldOneBack() {
        java.util.concurrent.atomic.AtomicReference<String> province = new java.util.concurrent.atomic.AtomicReference<>("Bali");
        CommandStack stack = new CommandStack();
        stack.execute(UndoableCommand.of("Ubah profil", () -> province.set("Jawa Tengah"), () -> province.set("Bali")));
        org.junit.jupiter.api.Assertions.assertEquals("Jawa Tengah", province.get());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("Ubah profil"), stack.undoName());
        stack.undo();
        org.junit.jupiter.api.Assertions.assertEquals("Bali", province.get());
        stack.redo();
        org.junit.jupiter.api.Assertions.assertEquals("Jawa Tengah", province.get());
    }
}
