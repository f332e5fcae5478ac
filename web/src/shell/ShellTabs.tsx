import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * The shell's page tabs: Fluent's TabList look (transparent, medium) and the WAI-ARIA tabs pattern (one tab stop,
 * arrow keys, Home and End, circular) without Fluent's TabList. That component brings Tabster, its focus-management
 * engine, and the two are ~22 kB gzipped of the first load's 150 kB budget; nothing else on the first screen needs
 * Tabster. Roles, names and selection are what TabList renders, so tests and assistive technology see the same.
 */
const useStyles = makeStyles({
  list: { display: 'flex', position: 'relative', flexShrink: 0, flexGrow: 0 },
  tab: {
    display: 'grid',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    position: 'relative',
    overflow: 'hidden',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    textTransform: 'none',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `-${tokens.strokeWidthThick}`, zIndex: 1 },
    // The pending indicator under a hovered tab, and the selected tab's indicator.
    ':hover::before': { content: '""', position: 'absolute', borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorNeutralStroke1Hover },
    '::before': { bottom: 0, height: tokens.strokeWidthThicker, left: tokens.spacingHorizontalM, right: tokens.spacingHorizontalM },
    '::after': {
      content: '""',
      position: 'absolute',
      bottom: 0,
      height: tokens.strokeWidthThicker,
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    '@media (forced-colors: active)': { ':hover::before': { backgroundColor: 'Highlight' } },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    '@media (forced-colors: active)': { '::after': { backgroundColor: 'ButtonText' } },
  },
  // Both labels share one grid cell; the hidden bold one keeps a tab's width when its weight changes on selection.
  content: { gridArea: '1 / 1', padding: `0 ${tokens.spacingHorizontalXXS}` },
  reserved: { gridArea: '1 / 1', padding: `0 ${tokens.spacingHorizontalXXS}`, visibility: 'hidden', fontWeight: tokens.fontWeightSemibold },
});

export interface ShellTab {
  id: string;
  label: string;
}

interface ShellTabsProps {
  tabs: ShellTab[];
  selected: string | undefined;
  onSelect: (id: string) => void;
  label: string;
  className?: string;
}

export function ShellTabs({ tabs, selected, onSelect, label, className }: ShellTabsProps) {
  const styles = useStyles();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const selectedIndex = tabs.findIndex((tab) => tab.id === selected);
  useEffect(() => {
    // Where the row scrolls (narrow screens), a page opened by link or picked at the far end stays in sight.
    buttons.current[selectedIndex]?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selectedIndex]);
  const focusTab = (index: number) => buttons.current[(index + tabs.length) % tabs.length]?.focus();
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };
  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={mergeClasses(styles.list, className)}>
      {tabs.map((tab, index) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            aria-selected={isSelected}
            tabIndex={isSelected || (selected === undefined && index === 0) ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span className={styles.content}>{tab.label}</span>
            <span className={styles.reserved} aria-hidden="true">
              {tab.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
