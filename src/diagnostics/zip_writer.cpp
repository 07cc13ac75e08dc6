#include "zip_writer.h"

#include <QDateTime>

#include <array>

namespace empfang {

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// MS-DOS date and time, as ZIP wants them (local time, 2-second resolution).
std::pair<quint32, quint32> dosDateTime()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    const quint32 time = quint32((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    const quint32 date = quint32(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    return {time, date};
}

constexpr quint32 kUtf8Names = 0x0800;
constexpr quint32 kVersion = 20;                   // 2.0: plain stored entries
constexpr quint32 kMadeByUnix = 0x0300 | kVersion; // so the 0644 mode below is honoured

} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray ZipWriter::build(const QList<Entry> &entries)
{
    const auto [time, date] = dosDateTime();
    QByteArray out;
    QByteArray directory;
    for (const Entry &e : entries) {
        const QByteArray name = e.name.toUtf8();
        const quint32 crc = crc32(e.data);
        const auto size = quint32(e.data.size());
        const auto offset = quint32(out.size());

        put32(out, 0x04034b50);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0); // stored
        put16(out, time);
        put16(out, date);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, quint32(name.size()));
        put16(out, 0);
        out.append(name);
        out.append(e.data);

        put32(directory, 0x02014b50);
        put16(directory, kMadeByUnix);
        put16(directory, kVersion);
        put16(directory, kUtf8Names);
        put16(directory, 0);
        put16(directory, time);
        put16(directory, date);
        put32(directory, crc);
        put32(directory, size);
        put32(directory, size);
        put16(directory, quint32(name.size()));
        put16(directory, 0);              // extra
        put16(directory, 0);              // comment
        put16(directory, 0);              // disk
        put16(directory, 0);              // internal attributes
        put32(directory, 0100644u << 16); // regular file, rw-r--r--
        put32(directory, offset);
        directory.append(name);
    }
    const auto directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace empfang
