#include "google/google_practitioner_table.h"

#include "booking/practice_directory.h"
#include "google/google_connection_service.h"
#include "google/google_desk_note.h"
#include "google/google_tab.h"

#include <QDateTime>
#include <QHeaderView>
#include <QPointer>
#include <QTableWidget>

namespace empfang {

namespace {

// The columns of the form's table, in its order.
enum Column { Name, State, Permissions, Keychain, Calendars, Desk, ColumnCount };

QString permissionsText(const QStringList &scopes)
{
    QStringList parts;
    if (scopes.contains(QLatin1String(GoogleEndpoints::kScopeReadonly)))
        parts << GoogleTab::tr("read");
    if (scopes.contains(QLatin1String(GoogleEndpoints::kScopeEvents)))
        parts << GoogleTab::tr("write");
    return parts.isEmpty() ? GoogleTab::tr("–") : parts.join(QStringLiteral(", "));
}

QString calendarsText(const GoogleConnection &c)
{
    if (!c.isConnected())
        return GoogleTab::tr("–");
    auto name = [&c](const QString &id) {
        for (const GoogleCalendar &cal : c.calendars) {
            if (cal.id == id || (cal.primary && id == QLatin1String("primary")))
                return cal.summary.isEmpty() ? cal.id : cal.summary;
        }
        return id == QLatin1String("primary") ? GoogleTab::tr("main calendar") : id;
    };
    QStringList busy;
    for (const QString &id : c.busyCalendars)
        busy << name(id);
    const QString text = GoogleTab::tr("busy: %1").arg(busy.join(QStringLiteral(", ")));
    if (c.state == GoogleConnection::State::ReadOnly)
        return text;
    return GoogleTab::tr("%1; bookings: %2").arg(text, name(c.bookingCalendar));
}

int rowOf(const QTableWidget &table, qint64 practitionerId)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, Name)->data(Qt::UserRole).toLongLong() == practitionerId)
            return row;
    }
    return -1;
}

} // namespace

GooglePractitionerTable::GooglePractitionerTable(QTableWidget *table, Database &db,
                                                 GoogleConnectionService &service)
    : m_table(table), m_db(db), m_service(service)
{
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);
    for (int column = Name; column < ColumnCount; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(
            column, column == Calendars ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

Status GooglePractitionerTable::reload()
{
    const qint64 selected = current();
    m_table->setRowCount(0);
    auto list = PracticeDirectory(m_db).practitioners();
    if (!list)
        return Status::failure(list.error());
    for (const Practitioner &p : list.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.id);
        m_table->setItem(row, Name, name);
        for (int column = State; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem);
        updateRow(p.id);
    }
    if (m_table->rowCount() > 0)
        select(selected ? selected : m_table->item(0, Name)->data(Qt::UserRole).toLongLong());
    return success();
}

QString GooglePractitionerTable::name(qint64 practitionerId) const
{
    const int row = rowOf(*m_table, practitionerId);
    return row < 0 ? QString() : m_table->item(row, Name)->text();
}

qint64 GooglePractitionerTable::current() const
{
    if (m_table->selectedItems().isEmpty())
        return 0;
    const int row = m_table->selectedItems().first()->row();
    return m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
}

void GooglePractitionerTable::select(qint64 practitionerId)
{
    if (const int row = rowOf(*m_table, practitionerId); row >= 0)
        m_table->selectRow(row);
}

void GooglePractitionerTable::updateRow(qint64 practitionerId)
{
    const int row = rowOf(*m_table, practitionerId);
    if (row < 0)
        return;
    const GoogleConnection c = m_service.connection(practitionerId);
    const QColor text = m_table->palette().color(QPalette::Text);
    QTableWidgetItem *state = m_table->item(row, State);
    state->setText(GoogleTab::stateLabel(c.state));
    state->setForeground(
        c.state == GoogleConnection::State::RevokedExternally ? QColor(0xb0, 0x00, 0x20) : text);
    m_table->item(row, Permissions)->setText(permissionsText(c.grantedScopes));
    m_table->item(row, Permissions)->setToolTip(c.grantedScopes.join(QLatin1Char('\n')));
    const DeskSyncStatus desk =
        DeskSyncStatus::of(m_db, c, m_service.deskId(), QDateTime::currentMSecsSinceEpoch());
    m_table->item(row, Desk)->setText(GoogleDeskNote::deskColumn(desk));
    m_table->item(row, Desk)->setForeground(
        desk.syncDeskSilent && !desk.thisDesk ? QColor(0xb0, 0x00, 0x20) : text);
    m_table->item(row, Calendars)->setText(calendarsText(c));
    m_table->item(row, Calendars)->setToolTip(calendarsText(c));
    if (m_table->item(row, Keychain)->text().isEmpty())
        m_table->item(row, Keychain)->setText(GoogleTab::tr("…")); // until the keychain answers
    // The keychain answers later; by then the table may be reloaded or gone.
    QPointer<QTableWidget> table(m_table);
    m_service.status(practitionerId, [table, practitionerId](const GoogleStatus &s) {
        const int r = table ? rowOf(*table, practitionerId) : -1;
        if (r < 0)
            return;
        QTableWidgetItem *item = table->item(r, Keychain);
        item->setText(s.keychain == GoogleStatus::Keychain::Present  ? GoogleTab::tr("yes")
                      : s.keychain == GoogleStatus::Keychain::Absent ? GoogleTab::tr("no")
                                                                     : GoogleTab::tr("unknown"));
        item->setToolTip(s.keychainMessage);
    });
}

} // namespace empfang
