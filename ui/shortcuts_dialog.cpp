#include "shortcuts_dialog.h"

#include <QAction>
#include <QCollator>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace empfang {

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
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
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnsToContents();
    // Both columns whole: the dialog is as wide as its text, never scrolled sideways.
    const int contentWidth = table->columnWidth(0) + table->columnWidth(1) +
                             table->verticalScrollBar()->sizeHint().width() +
                             2 * table->frameWidth();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->setMinimumWidth(contentWidth);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    const int rowsHeight = table->horizontalHeader()->sizeHint().height() +
                           table->rowHeight(0) * int(rows.size()) + 2 * table->frameWidth();
    const int available = screen() ? screen()->availableGeometry().height() * 9 / 10 : 700;
    resize(contentWidth + layout->contentsMargins().left() + layout->contentsMargins().right(),
           std::min(available, rowsHeight + buttons->sizeHint().height() + 3 * layout->spacing() +
                                   layout->contentsMargins().top() +
                                   layout->contentsMargins().bottom()));
}

} // namespace empfang
