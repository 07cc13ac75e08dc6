#include "main_window.h"

namespace empfang {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Empfang"));
}

} // namespace empfang
