#pragma once

#include <QColor>
#include <QIcon>
#include <QStringView>
#include <functional>

namespace treeops::widgets {

// An action icon from resources/icons/actions, drawn in the application palette's text colour
// whenever it is painted: the same SVG reads on light and dark palettes and follows a palette
// change at run time, and disabled or selected items get the palette's colours for those states.
QIcon paletteIcon(QStringView name);
// The same icon drawn in `colour()` instead of the text colour, asked at every paint so that it
// can follow the palette too; disabled and selected items still get the palette's colours.
QIcon paletteIcon(QStringView name, std::function<QColor()> colour);

// Whether the application palette is a dark one (light text on a dark window).
bool isDarkPalette();

} // namespace treeops::widgets
