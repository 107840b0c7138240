package id.tata.raci.ui;

/**
 * Keeps the saves of one page in the order the user made the edits. The task executor is a pool, so two quick edits
 * could otherwise be written in the wrong order and the older matrix would win. Each save takes a ticket on the FX
 * thread and waits on the worker until the saves before it are done; the pool starts tasks in order, so an earlier
 * ticket is always running or done when a later one waits.
 */
final class SaveQueue {
    private long issued;
    private long done;

    /** On the FX thread, when the edit is made. */
    synchronized long ticket() {
        return ++issued;
    }

    /** On the worker: runs the step once every earlier ticket has finished, and marks this one finished. */
    void run(long ticket, Runnable step) throws InterruptedException {
        synchronized (this) {
            while (done < ticket - 1) {
                wait();
            }
        }
        try {
            step.run();
        } finally {
            synchronized (this) {
                done = ticket;
                notifyAll();
            }
        }
    }
}
