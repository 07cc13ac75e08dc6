#include "common/shortcuts_dialog.h"

#include "ui_shortcuts_dialog.h"

#include <QAction>
#include <QCollator>
#include <QScreen>
#include <QScrollBar>

#include <algorithm>

namespace empfang {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    showRows(rows(actions));
    connect(m_ui->shortcutsButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToRows();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<std::pair<QString, QString>> ShortcutsDialog::rows(const QList<QAction *> &actions)
{
    QList<std::pair<QString, QString>> rows;
    for (const QAction *a : actions) {
        if (a->shortcut().isEmpty())
            continue;
        rows.append({QString(a->text()).remove(u'&').remove(QStringLiteral("…")),
                     a->shortcut().toString(QKeySequence::NativeText)});
    }
    // The keys of the appointment grid (ScheduleView::keyPressEvent) are no actions.
    const QString ctrl = QKeySequence(Qt::CTRL).toString(QKeySequence::NativeText);
    rows.append({tr("Grid: next / previous free time"), tr("Arrow down / up")});
    rows.append({tr("Grid: next practitioner"), tr("Arrow right / left")});
    rows.append(
        {tr("Grid: same time a day later / earlier"), tr("%1Arrow right / left").arg(ctrl)});
    rows.append({tr("Grid: an hour later / earlier"), tr("Page down / up")});
    rows.append({tr("Grid: start / end of the day"), tr("Home / End")});
    rows.append({tr("Grid: go to a time (e.g. 1100 for 11:00)"), tr("Digits")});
    rows.append({tr("Grid: book the free time / actions of the appointment"), tr("Enter")});
    // Sorted as a German reader expects (Ä with A), not by character code.
    QCollator collator{QLocale(QLocale::German, QLocale::Germany)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    return rows;
}

void ShortcutsDialog::showRows(const QList<std::pair<QString, QString>> &rows)
{
    QTableWidget *table = m_ui->shortcutsTable;
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
}

void ShortcutsDialog::fitToRows()
{
    QTableWidget *table = m_ui->shortcutsTable;
    table->resizeColumnsToContents();
    // Both columns whole: the dialog is as wide as its text, never scrolled sideways.
    const int contentWidth = table->columnWidth(0) + table->columnWidth(1) +
                             table->verticalScrollBar()->sizeHint().width() +
                             2 * table->frameWidth();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setMinimumWidth(contentWidth);
    const QLayout *layout = m_ui->layout;
    const int rowsHeight = table->horizontalHeader()->sizeHint().height() +
                           table->rowHeight(0) * table->rowCount() + 2 * table->frameWidth();
    const int available = screen() ? screen()->availableGeometry().height() * 9 / 10 : 700;
    resize(contentWidth + layout->contentsMargins().left() + layout->contentsMargins().right(),
           std::min(available, rowsHeight + m_ui->shortcutsButtons->sizeHint().height() +
                                   3 * layout->spacing() + layout->contentsMargins().top() +
                                   layout->contentsMargins().bottom()));
}

} // namespace empfang
