package org.danvan.export;

import org.apache.poi.ss.util.WorkbookUtil;

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
final class SheetNames {

    private SheetNames() {
    }

    static String safe(String name) {
        return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name, '-');
    }
}
