#include "settings/settings_dialog.h"

#include "common/message_box.h"
#include "google/google_tab.h"
#include "settings/absences_tab.h"
#include "settings/database_tab.h"
#include "settings/hours_tab.h"
#include "settings/practice_tab.h"
#include "settings/practitioners_tab.h"
#include "settings/types_tab.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace empfang {

SettingsDialog::SettingsDialog(Database &db, QWidget *parent) : SettingsDialog(db, nullptr, parent)
{
}

SettingsDialog::SettingsDialog(Database &db, GoogleConnectionService *google, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_googleTab = new GoogleTab(db, google, this);
    m_absencesTab = new AbsencesTab(db, this);
    const QList<std::pair<SettingsTab *, QString>> tabs = {
        {new PracticeTab(db, this), tr("Practice")},
        {new PractitionersTab(db, this), tr("Practitioners")},
        {new TypesTab(db, this), tr("Appointment types")},
        {new HoursTab(db, this), tr("Working hours")},
        {m_absencesTab, tr("Absences")},
        {m_googleTab, tr("Google Calendar")},
        {new DatabaseTab(db, this), tr("Database")},
    };
    m_tabList = tabs;
    connect(m_absencesTab, &AbsencesTab::moveRequested, this, [this](const QList<qint64> &ids) {
        emit moveRequested(ids);
        accept(); // the moves happen in the grid
    });
    for (const auto &[tab, title] : tabs) {
        m_tabs->addTab(tab, title);
        connect(tab, &SettingsTab::message, this, &SettingsDialog::showMessage);
        connect(tab, &SettingsTab::changed, this, &SettingsDialog::changed);
        // A new practitioner or type must show up in the other tabs' choices at once.
        connect(tab, &SettingsTab::changed, this, [tabs, source = tab] {
            for (const auto &other : tabs) {
                if (other.first != source)
                    other.first->reload();
            }
        });
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    const QFontMetrics fm = fontMetrics();
    // Every tab's name readable at once, no scroll arrows on the tab bar.
    const int tabsWidth = m_tabs->tabBar()->sizeHint().width() + fm.averageCharWidth() * 4;
    resize(std::max(fm.averageCharWidth() * 110, tabsWidth), fm.height() * 30);
}

void SettingsDialog::showGoogleTab(qint64 practitionerId)
{
    m_tabs->setCurrentWidget(m_googleTab);
    if (practitionerId)
        m_googleTab->selectPractitioner(practitionerId);
}

void SettingsDialog::setDay(const QDate &day)
{
    m_absencesTab->setDay(day);
}

void SettingsDialog::done(int result)
{
    QStringList unsaved;
    for (const auto &[tab, title] : m_tabList) {
        if (tab->hasUnsavedChanges())
            unsaved << title;
    }
    if (!unsaved.isEmpty()) {
        const auto answer = MessageBox::choose(this, tr("Unsaved changes"),
                                               tr("Changes on the tab(s) %1 are not saved yet.")
                                                   .arg(unsaved.join(QStringLiteral(", "))),
                                               tr("Save"), tr("Discard"));
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes) {
            for (const auto &[tab, title] : m_tabList) {
                if (tab->hasUnsavedChanges() && !tab->saveChanges()) {
                    m_tabs->setCurrentWidget(tab); // the refusal is shown; stay open
                    return;
                }
            }
        }
    }
    QDialog::done(result);
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

void SettingsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;")
                                   : QStringLiteral("color: #2e7d32;"));
}

} // namespace empfang
