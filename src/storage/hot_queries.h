#pragma once

#include <QList>
#include <QString>

namespace empfang::hot_queries {

// The statements behind every interactive view (grid, slot search, booking check, next free
// slot), in one place so tst_query_plans can show with EXPLAIN QUERY PLAN that each is served
// by an index over the range it answers — none reads a practitioner's whole history.
//
// "Overlaps [lo, hi)" is asked as "start < hi AND start > lo - longest AND end > lo": the longest
// span ever stored (span_limits, kept by triggers) gives the index a lower bound, so the rows
// read are those near the range, not all that started before it.

/// Booked time of a practitioner near a range, widened by buffers.
/// Binds: practitioner, excluded appointment, hi, lo, lo.
QString occupied();
/// The columns AppointmentRepository reads, ending in FROM … JOIN …, before WHERE.
QString appointmentSelect();
/// Appointments overlapping a range, any status, with names. Binds: hi, lo, lo [, practitioner].
QString appointmentList(bool onePractitioner);
/// Absences overlapping a range. Binds: practitioner, hi, lo.
QString absences();
/// Where Google holds Empfang's own events of a practitioner. Binds: practitioner, hi, lo, lo.
QString remoteSpans();
/// Cached busy times of one calendar. Binds: practitioner, calendar, hi, lo, lo.
QString busySpans();
/// The grid's decoration, every practitioner at once: fetch state of practice days
/// (binds: first day, last day), cached busy times and Google's spans of our own events
/// (binds: hi, lo, lo).
QString busyFetchDays();
QString busySpansAll();
QString remoteSpansAll();
/// Reconciliation with Google: our synced events with nothing owed to Google, of booked
/// appointments whose event lies in a range, and of cancelled appointments in a range (their
/// event must be gone). Binds: hi, lo, lo.
QString reconcileBooked();
QString reconcileCancelled();
/// Patients whose folded name is the key, and those without a key yet. Binds: key.
QString patientsByNameKey();

/// Every statement above with sample values bound, for the plan test.
struct Sample
{
    QString name;
    QString statement;
    int binds;
};
QList<Sample> all();

} // namespace empfang::hot_queries
