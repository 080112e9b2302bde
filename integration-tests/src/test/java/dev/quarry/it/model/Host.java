package dev.quarry.it.model;

import dev.quarry.annotations.DbType;
import dev.quarry.annotations.Default;
import dev.quarry.annotations.DefaultFunction;
import dev.quarry.annotations.Id;
import dev.quarry.annotations.Model;
import dev.quarry.annotations.Nullable;
import java.util.List;

/** Text PostgreSQL keeps in types of its own (Prisma's {@code @db.Inet}, {@code Xml}, {@code Bit}, {@code VarBit}). */
@Model
public record Host(
    @Id @Default(function = DefaultFunction.AUTOINCREMENT) Integer id,
    @DbType("inet") String address,
    @DbType("cidr") @Nullable String network,
    @DbType("xml") @Nullable String config,
    @DbType("bit(4)") @Nullable String flags,
    @DbType("varbit(16)") @Nullable String mask,
    @DbType("inet") @Nullable List<String> aliases) {}
