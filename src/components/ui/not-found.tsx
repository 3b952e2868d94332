import { Link } from 'react-router';
import { paths } from '../../config/paths';

/** The page for anything that does not exist: unknown routes, issues or articles. */
export function NotFound() {
  return (
    <div className="mx-auto max-w-[38em] px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">页面不存在</h1>
      <p className="mt-4 text-stone-600">您要找的报纸、文章、人物或地点不在档案中，可能是链接有误。</p>
      <p className="mt-8">
        <Link to={paths.home.href()} className="underline underline-offset-4 hover:text-red-800">
          返回首页
        </Link>
        <span className="mx-3 text-stone-400" aria-hidden="true">·</span>
        <Link to={paths.archive.href()} className="underline underline-offset-4 hover:text-red-800">
          浏览往期
        </Link>
      </p>
    </div>
  );
}
