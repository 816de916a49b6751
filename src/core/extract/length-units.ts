/** Units of length as written after a number, and their short forms. */

/** Longer forms first, so "mm" is never read as "m". */
export const LENGTH_UNITS = "centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|metres?|meters?|m|kilomet(?:re|er)s?|km|miles?|feet|foot|ft|yards?";

const LENGTH_UNIT: Record<string, string> = {
  metre: "m", metres: "m", meter: "m", meters: "m", m: "m", kilometre: "km", kilometres: "km", kilometer: "km", kilometers: "km", km: "km",
  centimetre: "cm", centimetres: "cm", centimeter: "cm", centimeters: "cm", cm: "cm", millimetre: "mm", millimetres: "mm", millimeter: "mm",
  millimeters: "mm", mm: "mm", mile: "mile", miles: "mile", foot: "foot", feet: "foot", ft: "foot", yard: "yard", yards: "yard",
};

/** A length unit as written ("kilometres", "KM") in its short form ("km"). */
export const lengthUnit = (written: string) => LENGTH_UNIT[written.toLowerCase()] ?? written.toLowerCase();
