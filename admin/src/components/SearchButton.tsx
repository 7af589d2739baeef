import { Button } from 'antd';
import { SearchOutlined } from '@ant-design/icons';

/**
 * For `Input.Search`'s `enterButton`: the search button with an accessible name (antd's default
 * is an unnamed icon). Must stay an antd Button element so Input.Search clones it.
 */
export function searchButton(label: string, type?: 'primary') {
  return <Button type={type} icon={<SearchOutlined />} aria-label={label} title={label} />;
}
