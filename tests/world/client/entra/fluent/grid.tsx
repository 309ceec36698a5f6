/**
 * DetailsList as the portal's grids use it. The evidence (portal-dom-evidence.md
 * point 5) shows the row's real gridcells carrying aria-colindex inside the
 * DetailsRowFields wrapper; Fluent 8.125 itself renders no aria-colindex, so
 * the cells get it here through onRenderField, as a consumer of Fluent can do.
 * The check cell, when shown, is column 1.
 */
import { CheckboxVisibility, DetailsList, SelectionMode, type IDetailsListProps } from '@fluentui/react';
import { cloneElement, isValidElement, type ReactElement } from 'react';

export function Grid(props: IDetailsListProps) {
  const withCheck = props.selectionMode !== SelectionMode.none && props.checkboxVisibility !== CheckboxVisibility.hidden;
  const columns = props.columns ?? [];
  return (
    <DetailsList
      {...props}
      onRenderField={(fieldProps, defaultRender) => {
        const cell = fieldProps && defaultRender ? defaultRender(fieldProps) : null;
        if (!fieldProps || !isValidElement(cell)) return cell;
        const index = columns.findIndex((c) => c.key === fieldProps.column.key);
        return cloneElement(cell as ReactElement<Record<string, unknown>>, { 'aria-colindex': index + (withCheck ? 2 : 1) });
      }}
    />
  );
}
