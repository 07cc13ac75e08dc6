#pragma once

// The Google sync in the reception window, shared by test_sync_ui and test_fresh_check_ui:
// against the fake Google server and the real Secret Service (run through
// tests/fakes/with_keyring.sh), the app's GoogleStack on the fixture's database.
#include "app/fresh_check.h"
#include "app/google_stack.h"
#include "booking/booking_dialog.h"
#include "booking/booking_service.h"
#include "booking/move_dialog.h"
#include "common/message_box.h"
#include "fake_google_process.h"
#include "google/calendar_client.h"
#include "google/google_connection_service.h"
#include "google/sync_controller.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "schedule/schedule_sync_painter.h"
#include "schedule/schedule_view.h"
#include "security/keychain_token_store.h"
#include "storage/google_connection_repository.h"
#include "sync/sync_service.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeEdit>

namespace empfang::test {

namespace sync_ui {

inline constexpr auto kAccount = "praxis.test@gmail.com";
inline constexpr auto kPrivate = "c_privat1234@group.calendar.google.com";

inline QJsonObject googleEvent(const QString &start, const QString &end)
{
    return {{QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), end}}},
            {QStringLiteral("summary"), QStringLiteral("Privat: Zahnarzt")}};
}

inline QDate tuesday()
{
    return GuiFixture::monday().addDays(1);
}

inline qint64 tuesdayAt(int hour, int minute = 0)
{
    return TestDatabase::berlin(tuesday(), QTime(hour, minute));
}

} // namespace sync_ui

/// A fresh GuiFixture, GoogleStack and sync for every test function (init/cleanup); the window
/// is opened by the test (openWindow) once Google is set up as it needs.
class SyncUiFixture : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    void connectPractitioner(const QStringList &busy = {QStringLiteral("primary")});
    void putForeign(const QJsonObject &event, const QString &calendar = QStringLiteral("primary"));
    void openWindow();
    bool waitForFreshTuesday();
    const ScheduleColumn *tuesdayColumn() const;
    bool offered(qint64 startMs) const;
    QPointer<BookingDialog> bookAt(qint64 startMs, const QString &patient);
    QJsonArray liveEvents(const QString &calendar = QStringLiteral("primary"));
    std::optional<SyncBadge> badge(qint64 appointmentId) const;
    qint64 bookDirectly(qint64 startMs);

    FakeGoogle m_fake;
    Clock m_realClock;
    std::unique_ptr<GuiFixture> m_f;
    std::unique_ptr<GoogleStack> m_google; // as the app wires it, with the fake's endpoints
    SyncService *m_sync = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ScheduleView *m_view = nullptr;
};

} // namespace empfang::test
