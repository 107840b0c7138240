// STAND-IN: replaced by the common branch
package id.tata.common.task;

/** Where a background task reports how far it is, and learns whether the user cancelled it. */
public interface ProgressSink {
    ProgressSink NONE = new ProgressSink() {
        @Override
        public void progress(double done, double total) {
        }

        @Override
        public void message(String text) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(double done, double total);

    void message(String text);

    boolean isCancelled();
}
