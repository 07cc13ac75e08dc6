#pragma once

#include <QMainWindow>

namespace empfang {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace empfang
