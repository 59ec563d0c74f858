package org.cityscore.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a data folder that cannot be written to into one paragraph on the console: which folder, why, what to do. */
class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderCheck.DataFolderNotWritableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderCheck.DataFolderNotWritableException cause) {
        // not user-facing: printed on the console when the app cannot start, before any page or language exists
        return new FailureAnalysis(
                "Cityscore keeps everything entered in the data folder " + cause.folder() + ", but cannot write there ("
                        + cause.reason() + "). It did not start, so that nothing typed in would be lost.",
                "Make the folder writable by the user running Cityscore (check its permissions, that its disk is not full "
                        + "and not mounted read-only), or start Cityscore with another folder: --cityscore.data-dir=/path/to/folder",
                cause);
    }
}
